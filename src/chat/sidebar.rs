//! The session's threads: open one, start a new one, rename one, delete one (after asking).

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use showroom_components::i18n::use_locale;
use showroom_i18n::app;

use super::threads_api::{self, ThreadSummary};
use super::ThreadsChanged;
use showroom_components::i18n::Tr;

#[component]
pub fn Sidebar() -> impl IntoView {
    let changed = ThreadsChanged::expect();
    let location = use_location();
    let current = Memo::new(move |_| {
        location
            .pathname
            .with(|path| path.strip_prefix("/t/").map(str::to_owned))
    });
    let threads = LocalResource::new(move || {
        changed.track();
        current.track();
        threads_api::list()
    });
    // On a narrow screen the list folds away behind a button.
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        current.track();
        open.set(false);
    });
    view! {
        <nav class="sr-sidebar" class:sr-sidebar--open=move || open.get() aria-label=app::CHATS.tr()>
            <div class="sr-sidebar__top">
                <button
                    type="button"
                    class="sr-action sr-sidebar__toggle"
                    aria-expanded=move || open.get().to_string()
                    aria-controls="sr-thread-list"
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {app::CHATS.tr()}
                </button>
                <a href="/" class="sr-action sr-action--primary" data-testid="new-thread">
                    {app::NEW_CHAT.tr()}
                </a>
                <a href="/signin" rel="external" class="sr-action" data-testid="account">
                    {app::ACCOUNT.tr()}
                </a>
            </div>
            <ul id="sr-thread-list" class="sr-sidebar__list" data-testid="thread-list">
                {move || threads.get().map(|result| match result {
                    Ok(list) if list.is_empty() => view! {
                        <li class="sr-sidebar__note">{app::NO_CHATS.tr()}</li>
                    }.into_any(),
                    Ok(list) => list.into_iter().map(|summary| view! {
                        <ThreadItem summary current />
                    }).collect_view().into_any(),
                    Err(_) => view! {
                        <li class="sr-sidebar__note" role="alert">{app::CHATS_UNAVAILABLE.tr()}</li>
                    }.into_any(),
                })}
            </ul>
        </nav>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Showing,
    Renaming,
    ConfirmingDelete,
}

/// One thread: its link, and Rename and Delete, each done in place.
#[component]
fn ThreadItem(summary: ThreadSummary, current: Memo<Option<String>>) -> impl IntoView {
    let locale = use_locale();
    let changed = ThreadsChanged::expect();
    let navigate = use_navigate();
    let mode = RwSignal::new(Mode::Showing);
    let failed = RwSignal::new(false);
    let ThreadSummary { id, title } = summary;
    let shown_title = if title.is_empty() {
        "…".to_owned()
    } else {
        title.clone()
    };
    let is_current = {
        let id = id.clone();
        Memo::new(move |_| current.with(|c| c.as_deref() == Some(id.as_str())))
    };
    let draft = RwSignal::new(title.clone());
    let rename = {
        let id = id.clone();
        move || {
            let title = draft.get_untracked();
            if title.trim().is_empty() {
                return;
            }
            let id = id.clone();
            leptos::task::spawn_local(async move {
                match threads_api::rename(&id, title.trim()).await {
                    Ok(()) => {
                        mode.set(Mode::Showing);
                        changed.bump();
                    }
                    Err(_) => failed.set(true),
                }
            });
        }
    };
    let delete = {
        let id = id.clone();
        move || {
            let id = id.clone();
            let was_current = is_current.get_untracked();
            let navigate = navigate.clone();
            leptos::task::spawn_local(async move {
                match threads_api::delete(&id).await {
                    Ok(()) => {
                        if was_current {
                            navigate("/", Default::default());
                        }
                        changed.bump();
                    }
                    Err(_) => failed.set(true),
                }
            });
        }
    };
    let href = format!("/t/{id}");
    view! {
        <li class="sr-sidebar__item" class:sr-sidebar__item--current=is_current data-testid="thread-item">
            {move || match mode.get() {
                Mode::Showing => {
                    let (rename_title, delete_title) = (shown_title.clone(), shown_title.clone());
                    let link_title = shown_title.clone();
                    view! {
                        <a href=href.clone() class="sr-sidebar__link" data-testid="thread-link" aria-current=move || is_current.get().then_some("page")>{link_title}</a>
                        <span class="sr-sidebar__actions">
                            <button type="button" class="sr-icon-button" data-testid="rename-thread"
                                aria-label=move || format!("{}: {}", app::RENAME.get(locale.get()), rename_title)
                                on:click=move |_| { failed.set(false); mode.set(Mode::Renaming) }>"✎"</button>
                            <button type="button" class="sr-icon-button" data-testid="delete-thread"
                                aria-label=move || format!("{}: {}", app::DELETE.get(locale.get()), delete_title)
                                on:click=move |_| { failed.set(false); mode.set(Mode::ConfirmingDelete) }>"✕"</button>
                        </span>
                    }.into_any()
                }
                Mode::Renaming => {
                    let rename = rename.clone();
                    let input = NodeRef::<leptos::html::Input>::new();
                    Effect::new(move |_| if let Some(input) = input.get() { input.select(); });
                    view! {
                        <form class="sr-sidebar__form" on:submit=move |ev| { ev.prevent_default(); rename(); }>
                            <label class="sr-visually-hidden" for="sr-rename">{app::RENAME_LABEL.tr()}</label>
                            <input id="sr-rename" class="sr-sidebar__input" data-testid="rename-input" node_ref=input
                                prop:value=move || draft.get()
                                on:input=move |ev| draft.set(event_target_value(&ev))
                                on:keydown=move |ev: leptos::ev::KeyboardEvent| if ev.key() == "Escape" { mode.set(Mode::Showing) } />
                            <button type="submit" class="sr-action sr-action--primary" data-testid="rename-save">{app::SAVE.tr()}</button>
                            <button type="button" class="sr-action" on:click=move |_| mode.set(Mode::Showing)>{app::CANCEL.tr()}</button>
                        </form>
                    }.into_any()
                }
                Mode::ConfirmingDelete => {
                    let delete = delete.clone();
                    let cancel = NodeRef::<leptos::html::Button>::new();
                    // The safe choice has the focus.
                    Effect::new(move |_| if let Some(cancel) = cancel.get() { let _ = cancel.focus(); });
                    view! {
                        <div class="sr-sidebar__form" role="group" aria-label=app::DELETE_CONFIRM.tr()>
                            <span class="sr-sidebar__question">{app::DELETE_CONFIRM.tr()}</span>
                            <button type="button" class="sr-action sr-action--danger" data-testid="delete-confirm" on:click=move |_| delete()>{app::DELETE.tr()}</button>
                            <button type="button" class="sr-action" node_ref=cancel on:click=move |_| mode.set(Mode::Showing)>{app::CANCEL.tr()}</button>
                        </div>
                    }.into_any()
                }
            }}
            <Show when=move || failed.get()>
                <p class="sr-sidebar__note" role="alert">{app::CHATS_UNAVAILABLE.tr()}</p>
            </Show>
        </li>
    }
}
