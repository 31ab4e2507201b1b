import { createApp, h } from 'vue'
import { createRouter, createWebHashHistory, RouterView } from 'vue-router'
import { findLms } from '../../lib/lms/find-api'
import { afterLoad, afterNextPaint, nextTask } from '../../lib/deck/scheduling'
import { openDeck } from './deck-api'
import './app.css'

// The learner app's start: its four pages under the hash routes the deck gave them (`learn/#/learn/case/<id>`, so
// that an old `/#/learn/...` address forwards by adding `learn/`), the LMS runtime when an LMS launched it (progress
// restored before the first page renders), its own offline copy otherwise.

const createLearnerRouter = () => createRouter({
  history: createWebHashHistory(),
  routes: [
    // Each page is loaded as it is opened: the first file holds Vue, the router and this start only.
    { path: '/learn', component: () => import('../../components/learner/LearnerHome.vue') },
    { path: '/learn/case/:id', component: () => import('../../components/learner/LearnerCase.vue') },
    { path: '/learn/self-test', component: () => import('../../components/learner/LearnerSelfTest.vue') },
    { path: '/learn/review', component: () => import('../../components/learner/LearnerReview.vue') },
    { path: '/', redirect: '/learn' },
    { path: '/learn/:unknown(.*)*', redirect: '/learn' },
    // A slide's address (`#/12`, `#/evidence-epoc`), e.g. "Open the lecture's slides": the deck, beside the app.
    {
      path: '/:slide(.*)',
      component: { render: () => null },
      beforeEnter: (to) => {
        openDeck(to.path.slice(1))
        return false
      },
    },
  ],
})

// The modules are evaluated in one task, the router made in the next, the app mounted in a third, the page's code run
// and the page rendered in two more: shorter tasks rather than one long one on a slow phone (Total Blocking Time).
async function start() {
  await nextTask()
  const router = createLearnerRouter()
  router.beforeResolve(() => nextTask())
  const lms = findLms(window, window.location.search)
  if (lms) {
    try {
      const { startLmsRuntime } = await import('../lms/lmsRuntime')
      await startLmsRuntime(lms, router)
    }
    catch (error) {
      console.error('The LMS could not be reached; the cases and the self-test run without reporting to it.', error)
    }
  }
  await nextTask()
  createApp({ render: () => h(RouterView) }).use(router).mount('#app')
  if (!lms && __OMD_OFFLINE_COPY__ && 'serviceWorker' in navigator)
    afterLoad(() => void router.isReady().then(() => afterNextPaint(keepOfflineCopyNow), () => {}))
}

/**
 * The app's offline copy (setup/learner-app/sw.ts), started once the first page has been painted: its downloads then
 * compete with nothing the learner waits for. A first page that failed to load starts none on this visit.
 */
function keepOfflineCopyNow() {
  void import('../offline').then(({ keepOfflineCopy }) => keepOfflineCopy('./')).catch((error) => {
    console.warn('The learner app could not keep an offline copy.', error)
  })
}

void start()
