"""Help inside the app: F1's short guide to the window in front, the console's tour."""
