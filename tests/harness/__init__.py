"""Child programs the reliability tests start and kill."""
