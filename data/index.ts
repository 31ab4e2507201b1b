/** Registry of every dataset of the lecture, keyed by id (the id is also the file name: data/<id>.ts). */
import { adam2017 } from './adam2017'
import { addedEvidence } from './addedEvidence'
import { agenda } from './agenda'
import { blmPaulBrousse } from './blmPaulBrousse'
import { blmSeries } from './blmSeries'
import { clocc } from './clocc'
import { collision } from './collision'
import { consensus2015 } from './consensus2015'
import { epoc2008 } from './epoc2008'
import { esmo2022 } from './esmo2022'
import { jcog0603 } from './jcog0603'
import { liverMetSurvey } from './liverMetSurvey'
import { lmsSingleMetachronous } from './lmsSingleMetachronous'
import { mariani2013 } from './mariani2013'
import { meijerink2018 } from './meijerink2018'
import { omdConcept } from './omdConcept'
import { preopChemotherapy } from './preopChemotherapy'
import { progressionInPlace } from './progressionInPlace'
import { references } from './references'
import { ruiz2018 } from './ruiz2018'
import { sbrt2022 } from './sbrt2022'
import { takeHome } from './takeHome'
import { thermalAblation } from './thermalAblation'
import { vigano2012 } from './vigano2012'

export const datasets = {
  adam2017,
  addedEvidence,
  agenda,
  blmPaulBrousse,
  blmSeries,
  clocc,
  collision,
  consensus2015,
  epoc2008,
  esmo2022,
  jcog0603,
  liverMetSurvey,
  lmsSingleMetachronous,
  mariani2013,
  meijerink2018,
  omdConcept,
  preopChemotherapy,
  progressionInPlace,
  references,
  ruiz2018,
  sbrt2022,
  takeHome,
  thermalAblation,
  vigano2012,
} as const

export type Datasets = typeof datasets
export type DatasetId = keyof Datasets

/** File that defines a dataset, for error messages. */
export function datasetFile(id: string): string {
  return `data/${id}.ts`
}
