"""E-mail: the outbox (written with the change that causes a message), SMTP settings, and the
sender that hands queued messages to the SMTP server with retries, exactly once as far as the
recipient can tell. The lowest layer: any domain may enqueue a message."""
