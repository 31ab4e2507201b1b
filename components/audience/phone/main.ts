// The phone page served by the audience server (built by scripts/audience-server/build-phone.ts, no CDN).
import { createApp } from 'vue'
import PhoneVote from './PhoneVote.vue'

createApp(PhoneVote).mount('#app')
