import { render } from 'preact';
import { Shell } from './shell';
import './styles.css';

const root = document.getElementById('app');
if (root) render(<Shell />, root);
