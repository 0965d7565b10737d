"""What waits for the person at this device: the first view Concord shows."""
