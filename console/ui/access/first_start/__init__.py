"""The first start on a new embedded database: IT sets up the desk and themselves.

Pages: how to start (the small office's template, a desk file, or the demo) -> what
applying does (the file's problems with their lines, or the plan) -> the first
administrator (IT's own local account). Finishing applies the desk and adds the
person in one background job; the usual sign-in follows with their name filled in.
A database that has a desk but nobody in it starts at the administrator's page.
"""

from console.ui.access.first_start.shared import FirstStartOutcome, Start, read_desk
from console.ui.access.first_start.wizard import FirstStartWizard

__all__ = ["FirstStartOutcome", "FirstStartWizard", "Start", "read_desk"]
