"""Global hotkeys: commands reachable while another program has the keyboard focus."""
