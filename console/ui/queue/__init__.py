"""The queue zone: the waiting lists, the counter's actions, the ticket, leaving with
visitors called."""
