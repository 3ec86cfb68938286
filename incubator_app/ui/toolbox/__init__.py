"""The toolbox page's widgets: the search and its results, a sheet, the sheet editor."""
