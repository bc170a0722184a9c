"""Observer: a magazine publisher tells its readers when a new issue is out."""


class Subscriber:
    # The seed's snippet declares `class ConcreteSubscriber(Subscriber)` without ever defining
    # Subscriber, so it stops with `NameError: name 'Subscriber' is not defined` before
    # printing anything. This is the missing base class.
    def update(self, issue):
        raise NotImplementedError


class Reader(Subscriber):
    def __init__(self, name):
        self.name = name

    def update(self, issue):
        print(f"{self.name}: New magazine issue is out! #{issue['number']} {issue['title']}")


class Publisher:
    def __init__(self):
        self._listeners = {}  # event name -> listeners, in subscription order

    def subscribe(self, event, listener):
        listeners = self._listeners.setdefault(event, [])
        if listener not in listeners:
            listeners.append(listener)
        active = True

        def unsubscribe():
            # Works once: a second call must not remove the listener if it subscribed again.
            nonlocal active
            if active and listener in listeners:
                listeners.remove(listener)
            active = False

        return unsubscribe

    def emit(self, event, payload):
        errors = []
        # Iterate over a copy: listeners that subscribe or unsubscribe now do not change this emit.
        for listener in list(self._listeners.get(event, [])):
            try:
                listener(payload)
            except Exception as error:  # one failing listener must not starve the others
                errors.append(error)
        if errors:
            raise ExceptionGroup(f"{len(errors)} listener(s) failed on {event}", errors)


publisher = Publisher()
alice = Reader("alice")
bob = Reader("bob")
stop_alice = publisher.subscribe("issue", alice.update)
publisher.subscribe("issue", bob.update)
publisher.subscribe(
    "price-change", lambda change: print(f"price: {change['old']} -> {change['new']} dollars")
)
publisher.emit("issue", {"number": 1, "title": "Patterns in Python"})

stop_alice()
stop_alice()  # harmless: it already ran
publisher.emit("issue", {"number": 2, "title": "Ports to TypeScript"})
publisher.emit("price-change", {"old": 5, "new": 6})


def trial_reader(issue):
    print(f"trial: read #{issue['number']}, cancelling")
    stop_trial()


stop_trial = publisher.subscribe("issue", trial_reader)


def full_mailbox(issue):
    raise RuntimeError("mailbox full")


stop_mailbox = publisher.subscribe("issue", full_mailbox)
publisher.subscribe("issue", Reader("carol").update)
try:
    publisher.emit("issue", {"number": 3, "title": "Observers that fail"})
except ExceptionGroup as group:
    print(f"{group.message}: {', '.join(str(error) for error in group.exceptions)}")
stop_mailbox()
publisher.emit("issue", {"number": 4, "title": "Back to normal"})
