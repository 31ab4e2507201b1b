import { defineRoutesSetup } from '@slidev/types'

// The learner's pages, outside the slide canvas (Slidev sends unknown routes to slide 1): `/#/learn` lists the
// cases and the self-test, and plays each full-screen on a phone.
export default defineRoutesSetup(routes => [
  ...routes,
  { path: '/learn', component: () => import('../components/learner/LearnerHome.vue') },
  { path: '/learn/case/:id', component: () => import('../components/learner/LearnerCase.vue') },
  { path: '/learn/self-test', component: () => import('../components/learner/LearnerSelfTest.vue') },
  { path: '/learn/review', component: () => import('../components/learner/LearnerReview.vue') },
])
