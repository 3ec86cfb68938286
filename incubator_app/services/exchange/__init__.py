"""Skills exchange (time bank): members' accounts, offers and requests and their matches,
double-entry transfers and reversals, payment requests with auto-acceptance, limits, the ledger
check, statements, balances and the figures funders ask for. Hours are whole minutes."""
