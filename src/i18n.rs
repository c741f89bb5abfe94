//! The app's strings. The catalogue's own strings live beside each component.

use showroom_components::i18n::Locale;

showroom_components::texts! {
    APP_NAME = "Showroom", "Showroom", "Showroom";
    LANGUAGE = "Language", "Taal", "Sprache";
    THEME_DARK = "Dark theme", "Donker thema", "Dunkles Design";
    THEME_LIGHT = "Light theme", "Licht thema", "Helles Design";
    COMPOSER_LABEL = "Message", "Bericht", "Nachricht";
    COMPOSER_PLACEHOLDER = "Ask about products, prices, stock…", "Vraag naar producten, prijzen, voorraad…", "Fragen Sie nach Produkten, Preisen, Bestand…";
    SEND = "Send", "Verstuur", "Senden";
    STOP = "Stop", "Stop", "Stopp";
    STOPPED = "Stopped.", "Gestopt.", "Angehalten.";
    RECONNECTING = "Connection lost, reconnecting…", "Verbinding verbroken, opnieuw verbinden…", "Verbindung unterbrochen, verbinde neu…";
    CONVERSATION = "Conversation", "Gesprek", "Unterhaltung";
    YOU = "You", "Jij", "Sie";
    ASSISTANT = "Assistant", "Assistent", "Assistent";
    ANSWERING = "The assistant is answering…", "De assistent antwoordt…", "Der Assistent antwortet…";
    ANSWERED = "The answer is complete.", "Het antwoord is klaar.", "Die Antwort ist vollständig.";
    EMPTY_TITLE = "What can I help you find?", "Waarmee kan ik je helpen?", "Wobei kann ich helfen?";
    SUGGESTIONS = "Suggestions", "Suggesties", "Vorschläge";
    RETRY = "Retry", "Opnieuw", "Erneut versuchen";
    COPY_CODE = "Copy code", "Code kopiëren", "Code kopieren";
    COPY = "Copy", "Kopiëren", "Kopieren";
    EDIT = "Edit", "Bewerken", "Bearbeiten";
    EDIT_LABEL = "Edit your message", "Bewerk je bericht", "Nachricht bearbeiten";
    SAVE_AND_SEND = "Send", "Versturen", "Senden";
    CANCEL = "Cancel", "Annuleren", "Abbrechen";
    SAVE = "Save", "Opslaan", "Speichern";
    OFFLINE = "You are offline. What you write stays here until you are back online.",
        "Je bent offline. Wat je schrijft blijft hier staan tot je weer online bent.",
        "Sie sind offline. Was Sie schreiben, bleibt hier, bis Sie wieder online sind.";
    UNREACHABLE = "The assistant cannot be reached right now. Trying again…",
        "De assistent is nu niet bereikbaar. We proberen het opnieuw…",
        "Der Assistent ist gerade nicht erreichbar. Neuer Versuch läuft…";
    EARLIER = "Show earlier messages", "Eerdere berichten tonen", "Frühere Nachrichten anzeigen";
    CHATS = "Chats", "Gesprekken", "Chats";
    NEW_CHAT = "New chat", "Nieuw gesprek", "Neuer Chat";
    ACCOUNT = "Account", "Account", "Konto";
    NO_CHATS = "No chats yet.", "Nog geen gesprekken.", "Noch keine Chats.";
    CHATS_UNAVAILABLE = "Chats could not be loaded. Check your connection.", "Gesprekken konden niet worden geladen. Controleer je verbinding.", "Chats konnten nicht geladen werden. Prüfen Sie Ihre Verbindung.";
    RENAME = "Rename", "Hernoemen", "Umbenennen";
    RENAME_LABEL = "New name for this chat", "Nieuwe naam voor dit gesprek", "Neuer Name für diesen Chat";
    DELETE = "Delete", "Verwijderen", "Löschen";
    DELETE_CONFIRM = "Delete this chat?", "Dit gesprek verwijderen?", "Diesen Chat löschen?";
    COPIED = "Copied", "Gekopieerd", "Kopiert";
    TASK_DONE = "done", "klaar", "erledigt";
    TASK_NOT_DONE = "to do", "te doen", "offen";
    PROTOCOL_ERRORS = "Some of the answer could not be read", "Een deel van het antwoord kon niet worden gelezen", "Ein Teil der Antwort konnte nicht gelesen werden";
    ERR_NETWORK = "The connection to the assistant failed. Check your network and try again.",
        "De verbinding met de assistent is mislukt. Controleer je netwerk en probeer het opnieuw.",
        "Die Verbindung zum Assistenten ist fehlgeschlagen. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.";
    ERR_BUSY = "Wait for the answer to finish, then try again.", "Wacht tot het antwoord klaar is en probeer het dan opnieuw.", "Warten Sie, bis die Antwort fertig ist, und versuchen Sie es dann erneut.";
    ERR_QUANTITY = "That quantity cannot be used.", "Dat aantal kan niet worden gebruikt.", "Diese Menge ist nicht möglich.";
    ERR_NOT_HERE = "That cannot be done here.", "Dat kan hier niet.", "Das ist hier nicht möglich.";
    ERR_SERVER = "The assistant could not answer. Please try again.",
        "De assistent kon niet antwoorden. Probeer het opnieuw.",
        "Der Assistent konnte nicht antworten. Bitte versuchen Sie es erneut.";
    ERR_STORE = "The shop could not be reached. Please try again in a moment.",
        "De winkel is niet bereikbaar. Probeer het zo meteen opnieuw.",
        "Der Shop ist nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.";
    ERR_STORE_DATA = "The shop sent back something that could not be read, so it is not shown. Please try again later or ask the shop.",
        "De winkel stuurde iets terug dat niet te lezen was, dus het wordt niet getoond. Probeer het later opnieuw of vraag het de winkel.",
        "Der Shop hat etwas zurückgeschickt, das nicht gelesen werden konnte, daher wird es nicht angezeigt. Bitte versuchen Sie es später erneut oder fragen Sie den Shop.";
    ERR_TOO_FAST = "You are sending messages faster than the assistant can answer. Please wait a moment and try again.",
        "Je stuurt sneller berichten dan de assistent kan beantwoorden. Wacht even en probeer het opnieuw.",
        "Sie senden Nachrichten schneller, als der Assistent antworten kann. Bitte warten Sie kurz und versuchen Sie es erneut.";
    ERR_BAD_INPUT = "That message could not be sent as it is.",
        "Dit bericht kon niet zo worden verstuurd.",
        "Diese Nachricht konnte so nicht gesendet werden.";
}

/// Shopper and B2B buyer suggestions for the empty state.
pub fn suggestions(locale: Locale) -> [&'static str; 3] {
    match locale {
        Locale::En => [
            "Compare the office chair and the office lamp",
            "Show me desks",
            "Compare the large desk, the corner desk and the desk combination",
        ],
        Locale::Nl => [
            "Vergelijk de bureaustoel en de kantoorlamp",
            "Toon de bureaus",
            "Vergelijk hoekbureau rechts, bureaucombinatie en werkplek",
        ],
        Locale::De => [
            "Vergleiche Bürostuhl und Bürolampe",
            "Zeig mir Schreibtische",
            "Vergleiche Eckschreibtisch rechts, Schreibtischkombination und Arbeitsplatz",
        ],
    }
}

/// The message for an error `code` from the agent (stable codes, translated here).
pub fn error_message(locale: Locale, code: &str) -> &'static str {
    match code {
        "network" => ERR_NETWORK.get(locale),
        "rate_limited" | "too_many_runs" => ERR_TOO_FAST.get(locale),
        "store_unavailable" | "product_not_found" => ERR_STORE.get(locale),
        "store_bad_data" => ERR_STORE_DATA.get(locale),
        "run_in_progress" => ERR_BUSY.get(locale),
        "bad_quantity" => ERR_QUANTITY.get(locale),
        "not_supported" | "action_not_applicable" | "not_found" | "interrupt_not_pending" => {
            ERR_NOT_HERE.get(locale)
        }
        "invalid_json" | "invalid_request" | "payload_too_large" | "unsupported_media_type" => {
            ERR_BAD_INPUT.get(locale)
        }
        _ => ERR_SERVER.get(locale),
    }
}

/// The browser's preferred language among ours, else English.
pub fn browser_locale() -> Locale {
    let languages = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.to_vec())
        .unwrap_or_default();
    languages
        .iter()
        .filter_map(|l| l.as_string())
        .find_map(|tag| Locale::from_tag(&tag))
        .unwrap_or_default()
}
