"""What every window uses: background work, the change feed, table models, labels, errors."""
