"""Dashboard widgets: KPI tiles, painted charts, cards of late and due items."""
