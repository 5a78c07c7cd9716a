#pragma once

#include <QObject>

namespace motcua {
class StoreThread;
}

namespace motcua::ui {

class CitizenWindow;

// Keeps the citizen's answers to the satisfaction question (CitizenWindow::rated) in the store,
// on the store's thread (RatingRepository). The sync sends them on (RatingSender).
class RatingRecorder : public QObject
{
    Q_OBJECT

public:
    RatingRecorder(StoreThread &store, CitizenWindow &citizen, QObject *parent = nullptr);

signals:
    void recorded(const QString &dossierCode);
    void failed(const QString &message); // for the clerk's status bar

private:
    void record(const QString &dossierCode, int score, const QString &comment);

    StoreThread &m_store;
};

} // namespace motcua::ui
