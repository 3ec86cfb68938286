"""The Exchange page's tabs: offers and requests with their matches, recording transfers and
answering payment requests, a member's statement with its chart, the incubator's overview."""
