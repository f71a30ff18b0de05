"""Run inside the soak's hub (`manage.py shell`) with SOAK_WRITES=<json file>: are all accepted writes there?"""

import json
import os

from pkhub.pledges.models import Pledge
from pkhub.training.models import Nomination

writes = json.load(open(os.environ["SOAK_WRITES"]))
lost = []
names = set(Nomination.objects.values_list("candidate_name", "email"))
for nomination in writes["nominations"]:
    if (nomination["candidate_name"], nomination["email"]) not in names:
        lost.append(f"nomination {nomination['candidate_name']}")
for reference, info in writes["pledges"].items():
    pledge = Pledge.objects.get(reference=reference)
    accepted = info["accepted"]
    # Optimistic locking: each accepted edit raised the revision by one, none overwrote another.
    if pledge.revision - info["initial_revision"] != len(accepted):
        lost.append(f"pledge {reference}: revision {pledge.revision}, {info['initial_revision']} + {len(accepted)} accepted edits")
    if accepted:
        last = max(accepted, key=lambda edit: edit["revision"])
        if last["marker"] not in pledge.description:
            lost.append(f"pledge {reference}: last accepted edit {last['marker']} not in the description")
print(json.dumps({"lost": lost, "nominations_checked": len(writes["nominations"]),
                  "pledge_edits_checked": sum(len(i["accepted"]) for i in writes["pledges"].values())}))
