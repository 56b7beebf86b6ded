"""Events: the repository, who was met there (encounters), goals, and the review after."""
