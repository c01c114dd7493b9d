import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import '../../assets/base.css';

render(<PopupApp />, document.getElementById('app') ?? document.body);
