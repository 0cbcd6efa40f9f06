"""The admin window: the desk's set-up edited, checked, planned and applied (issue 21).

IT and supervisors (Permission.ADMINISTER_SERVICES) edit a working copy of the desk
(a :class:`console.core.desk_file.DeskSpec`); every edit is checked as a desk file
would be (:func:`console.core.desk_toml.check_desk`), and nothing reaches the
database before its plan was shown and confirmed. Applying goes through
:func:`console.desk.setup.apply_setup`, which audits it and tells every console.
"""

from console.ui.admin.window import AdminWindow

__all__ = ["AdminWindow"]
