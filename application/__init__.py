"""Use cases of the coach. Depends on the domain and on the ports it defines, nothing else."""
