"""Pure domain logic: visits, steps, identity codes, messages. No Qt, no SQL."""
