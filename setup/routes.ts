import { defineRoutesSetup } from '@slidev/types'
import { learnerAppUrl } from '../lib/learner/learner-link'

// The learner's pages, outside the slide canvas (Slidev sends unknown routes to slide 1): `/#/learn` lists the
// cases and the self-test, and plays each full-screen on a phone. A built deck has the learner app beside it
// (setup/learner-app), and so does each LMS package: these addresses, printed on handouts and QR codes, forward to
// the same page there, and the deck's build leaves the pages out (the condition stands at each route so that the bundler
// drops the page's import). The dev server has no app: the pages open in the deck.
const forwardToApp = {
  component: { render: () => null },
  beforeEnter: (to: { fullPath: string }) => {
    // The route is entered, not refused: a refused navigation that came from the address bar (a hash typed over a
    // slide's) puts the old hash back, and that cancels the page's own navigation to the app. The app's address is
    // in the build's base, wherever this document was opened (a host's fallback page in any folder).
    window.location.replace(learnerAppUrl(window.location, to.fullPath, import.meta.env.BASE_URL))
  },
}

export default defineRoutesSetup(routes => [
  ...routes,
  { path: '/learn', ...(__OMD_LEARNER_APP__ ? forwardToApp : { component: () => import('../components/learner/LearnerHome.vue') }) },
  { path: '/learn/case/:id', ...(__OMD_LEARNER_APP__ ? forwardToApp : { component: () => import('../components/learner/LearnerCase.vue') }) },
  { path: '/learn/self-test', ...(__OMD_LEARNER_APP__ ? forwardToApp : { component: () => import('../components/learner/LearnerSelfTest.vue') }) },
  { path: '/learn/review', ...(__OMD_LEARNER_APP__ ? forwardToApp : { component: () => import('../components/learner/LearnerReview.vue') }) },
])
