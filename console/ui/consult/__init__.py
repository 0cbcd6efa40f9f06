"""Consultations: asking a remote specialist, the specialist's inbox."""
