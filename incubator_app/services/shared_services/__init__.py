"""shared_services"""
