// A drop-down is named by its label, not by the value it shows: PrimeFaces' select menu sets the
// combobox's aria-label to the chosen option's text each time it shows one, so a screen reader would
// announce "All" instead of "Service, All". The label it was rendered with is put back.
(function () {
    var menu = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.SelectOneMenu;
    if (!menu || !menu.prototype.setLabel) {
        return;
    }
    var shown = menu.prototype.setLabel;
    menu.prototype.setLabel = function () {
        var result = shown.apply(this, arguments);
        if (this.label && !this.cfg.editable) {
            if (this.cfg.label) {
                this.label.attr("aria-label", this.cfg.label);
            } else {
                this.label.removeAttr("aria-label");
            }
        }
        return result;
    };
})();

// A drop-down's list of options is named by the drop-down's label too: PrimeFaces renders the list
// (role=listbox) without a name, and an open list without one is an unnamed input to a screen reader.
(function () {
    function nameLists() {
        var lists = document.querySelectorAll(".ui-selectonemenu-items[role=listbox]:not([aria-label]):not([aria-labelledby])");
        Array.prototype.forEach.call(lists, function (list) {
            var menu = list.id.replace(/_items$/, "");
            var label = document.querySelector("label[for='" + menu + "_focus']") || document.querySelector("label[for='" + menu + "']");
            if (label && label.textContent.trim()) {
                list.setAttribute("aria-label", label.textContent.trim());
            }
        });
    }
    document.addEventListener("DOMContentLoaded", nameLists);
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", nameLists);
    }
    // the list may be built when the drop-down first opens
    var menu = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.SelectOneMenu;
    if (menu && menu.prototype.show) {
        var show = menu.prototype.show;
        menu.prototype.show = function () {
            var result = show.apply(this, arguments);
            nameLists();
            return result;
        };
    }
})();

// What each signed-in person chose about the layout (the side menu folded, the editor's side panel and
// density), remembered in this browser apart from other people's choices.
window.BlueprintLayout = {
    key: function (name) {
        return "bp:" + (document.body.getAttribute("data-user") || "") + ":" + name;
    },
    recall: function (name) {
        try {
            return window.localStorage.getItem(this.key(name));
        } catch (ignored) {
            return null; // storage refused: the default holds
        }
    },
    remember: function (name, value) {
        try {
            window.localStorage.setItem(this.key(name), value);
        } catch (ignored) {
            // storage refused: the choice lasts this page
        }
    }
};

// The side menu folds to its icons.
(function () {
    function setUp() {
        var toggle = document.getElementById("menu-toggle");
        if (!toggle) {
            return;
        }
        var label = toggle.querySelector(".sr-only");
        function show(collapsed) {
            document.body.classList.toggle("menu-collapsed", collapsed);
            toggle.setAttribute("aria-expanded", collapsed ? "false" : "true");
            var text = toggle.getAttribute(collapsed ? "data-expand" : "data-collapse");
            toggle.setAttribute("title", text);
            label.textContent = text;
        }
        show(BlueprintLayout.recall("menu-collapsed") === "true");
        toggle.addEventListener("click", function () {
            var collapsed = !document.body.classList.contains("menu-collapsed");
            show(collapsed);
            BlueprintLayout.remember("menu-collapsed", collapsed ? "true" : "false");
        });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", setUp);
    } else {
        setUp();
    }
})();
