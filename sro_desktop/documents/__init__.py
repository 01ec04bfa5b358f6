"""Word documents and CSV files out of the store's records. No Qt here."""
