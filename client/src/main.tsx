import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Be Vietnam Pro, self-hosted: each weight's CSS holds the vietnamese, latin-ext and
// latin subsets (split by unicode-range), so the browser fetches only what the text needs.
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles/base.css';
import { App } from './app/App.js';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
