"""Every generated model and enum: ``from cortex_client.models import SessionResponse``.

Users never import ``cortex_client._generated``; this facade follows each regeneration by itself.
"""

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__
