"""What left this device and what it kept back: the disclosure log, its grounds, and the fields
a report noted as shown or withheld."""
