"""The Home page: what to do today, each line a link to the thing it names."""
