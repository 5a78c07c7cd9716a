#pragma once

#include <QDialog>

namespace motcua::ui {

// Help → Keyboard shortcuts (F1): every key of the desk in one table, in the clerk's language.
// The same list is in the README ("Phím tắt").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    struct Entry
    {
        QString keys; // as the keyboard shows them, e.g. "Ctrl+N"
        QString what;
    };
    static QList<Entry> entries();
};

} // namespace motcua::ui
