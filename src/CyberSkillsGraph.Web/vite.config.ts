import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

// Two pages: the dashboard (with the provider pages, one single-page app) and GraphiQL.
// The API serves dist/ (see src/CyberSkillsGraph.Api/Web/WebUiEndpoints.cs); `npm run dev`
// proxies the API's own paths to a locally running API on port 5000.
const api = 'http://localhost:5000';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // GraphiQL brings the Monaco editor, which is large by nature; it loads only on /graphiql.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      input: { main: page('index.html'), graphiql: page('graphiql.html') },
      // GraphiQL's packages carry React compiler directives ("use no memo") that bundling drops, harmlessly.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/graphql': api, '/connect': api, '/account': api, '/.well-known': api },
  },
});
