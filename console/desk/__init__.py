"""Use cases of the desk, one transaction each, with their permission checks. No Qt."""
