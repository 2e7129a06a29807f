"""Pure parsing helpers: text normalisation, Vietnamese numbers, dates and period codes."""
