"""The supervisor's floor window (tiski floor)."""
