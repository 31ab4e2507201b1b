import { learnerLaunchUrl } from '../lib/learner/learner-link'
import { findLms } from '../lib/lms/find-api'

/**
 * Launched by an LMS (SCORM 1.2 or 2004 API in the parent chain, or cmi5 launch parameters), as a package imported
 * before the packages launched the learner app did: the app is the course, so the deck hands the launch to it, with
 * its parameters, before anything talks to the LMS. The slides opened from the app run in a tab of their own,
 * outside the course. Says whether it did.
 */
export function handLmsLaunchToLearnerApp(): boolean {
  if (!findLms(window, window.location.search))
    return false
  window.location.replace(learnerLaunchUrl(window.location))
  return true
}
