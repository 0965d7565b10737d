"""The encrypted store on this device: database tables, the SQLCipher store, the operating system
keyring that holds its key, and where the data folder is."""
