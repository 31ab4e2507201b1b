import { defineRoutesSetup } from '@slidev/types'
import { learnerAppUrl } from '../lib/learner/learner-link'

// The learner's pages, outside the slide canvas (Slidev sends unknown routes to slide 1): `/#/learn` lists the
// cases and the self-test, and plays each full-screen on a phone. A built deck has the learner app beside it
// (setup/learner-app), and so does each LMS package: these addresses, printed on handouts and QR codes, forward to
// the same page there. The dev server has no app: the pages open in the deck.
const forwardToApp = __OMD_LEARNER_APP__
  ? { beforeEnter: (to: { fullPath: string }) => { window.location.replace(learnerAppUrl(window.location, to.fullPath)); return false } }
  : {}

export default defineRoutesSetup(routes => [
  ...routes,
  { path: '/learn', component: () => import('../components/learner/LearnerHome.vue'), ...forwardToApp },
  { path: '/learn/case/:id', component: () => import('../components/learner/LearnerCase.vue'), ...forwardToApp },
  { path: '/learn/self-test', component: () => import('../components/learner/LearnerSelfTest.vue'), ...forwardToApp },
  { path: '/learn/review', component: () => import('../components/learner/LearnerReview.vue'), ...forwardToApp },
])
