"""The endpoint's views, one module per concern; ``kg.server.app`` mounts them."""
