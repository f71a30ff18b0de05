from ninja import Router

router = Router(tags=["library"])
