"""``tiski doctor``: is this computer ready to work at the desk (see report.py)."""

from console.ops.doctor.report import run_checks, run_doctor

__all__ = ["run_checks", "run_doctor"]
