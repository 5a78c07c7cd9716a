#include "RatingRecorder.h"

#include "CitizenWindow.h"
#include "store/RatingRepository.h"
#include "store/StoreThread.h"

namespace motcua::ui {

RatingRecorder::RatingRecorder(StoreThread &store, CitizenWindow &citizen, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&citizen, &CitizenWindow::rated, this, &RatingRecorder::record);
}

void RatingRecorder::record(const QString &dossierCode, int score, const QString &comment)
{
    m_store.post<Result<bool>>(
        [dossierCode, score, comment](Database &db) {
            return RatingRepository(db).record(dossierCode, score, comment,
                                               QDateTime::currentDateTimeUtc());
        },
        this, [this, dossierCode](Result<bool> stored) {
            if (!stored)
                return emit failed(stored.error().message);
            emit recorded(dossierCode);
        });
}

} // namespace motcua::ui
