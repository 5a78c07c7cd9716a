#include "SettingsPage.h"

#include "DeskSettingsForm.h"
#include "PolicyFilesPanel.h"

#include <QDir>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

SettingsPage::SettingsPage(StoreThread &store, DeskSettings settings, QWidget *parent)
    : QWidget(parent)
    , m_desk(new DeskSettingsForm(store, settings))
    , m_files(new PolicyFilesPanel(store, settings))
{
    setObjectName(u"settingsPage"_s);
    auto *note = new QLabel(
        tr("Settings of this desk, kept in %1. Each change saved is recorded in the audit log. "
           "motcua reads them when it starts: changes apply once motcua is started again.")
            .arg(QDir::toNativeSeparators(QDir(settings.dataDir()).filePath(u"settings.ini"_s))));
    note->setObjectName(u"settingsNote"_s);
    note->setWordWrap(true);

    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->addWidget(m_desk, 1, Qt::AlignTop);
    columns->addWidget(m_files, 1, Qt::AlignTop);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(scroll, 1);
    connect(m_desk, &DeskSettingsForm::settingsChanged, this, &SettingsPage::settingsChanged);
    connect(m_files, &PolicyFilesPanel::settingsChanged, this, &SettingsPage::settingsChanged);
}

void SettingsPage::load()
{
    m_desk->load();
    m_files->load();
}

} // namespace motcua::ui
