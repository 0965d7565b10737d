"""What a device does with what it sends and receives, whatever carries it: the membership log,
compartment keys and grants, envelopes in and out with every receiving check, bundles."""
