import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import './ui/sidebar.css';

const container = document.getElementById('root');
if (container) createRoot(container).render(<App />);
