"""Landing: read raw files, match Vietnamese headers, validate rows, keep provenance."""
