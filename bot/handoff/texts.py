"""What the chatter reads when a worker joins or leaves, or nobody comes in time.

Plain B1 Dutch, with the numbers that reach a person now.
"""

WORKER_JOINED = (
    "Je chat nu met een medewerker van Veilig Thuis. Dit is een mens, geen "
    "computer. Je kunt gewoon verder typen."
)
WORKER_LEFT_BOT_RESUMES = (
    "De medewerker heeft het gesprek weer aan de digitale assistent gegeven. Je "
    "kunt verder typen. Wil je opnieuw een medewerker? Vraag het gerust."
)
CONVERSATION_CLOSED = (
    "De medewerker heeft dit gesprek afgesloten. Bedankt voor je vertrouwen. Je "
    "kunt altijd opnieuw chatten of bellen met Veilig Thuis: 0800-2000, gratis en "
    "24/7. In direct gevaar: bel 112."
)
NO_WORKER_YET = (
    "Het duurt langer dan we willen: er is nog geen medewerker vrij voor deze chat. "
    "Wil je nu iemand spreken? Bel Veilig Thuis: 0800-2000, gratis en 24/7. Ben "
    "je in direct gevaar? Bel 112. Je vraag blijft staan: als er een medewerker "
    "vrij is, komt die hier in de chat."
)
